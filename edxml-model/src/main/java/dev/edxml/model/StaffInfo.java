package dev.edxml.model;

import java.util.Optional;

/**
 * The clerk or officer handling a package (cán bộ xử lý, {@code StaffInfo}): department, name and contacts.
 * {@code DepartmentId} and {@code StaffId} are extensions of the official SDK.
 *
 * @since 0.1.0
 */
public record StaffInfo(
        Optional<String> department,
        Optional<String> departmentId,
        Optional<String> staff,
        Optional<String> staffId,
        Optional<String> email,
        Optional<String> mobile,
        Extensions extensions) {
    public StaffInfo {
        department = Opt.text(department, "department");
        departmentId = Opt.text(departmentId, "departmentId");
        staff = Opt.text(staff, "staff");
        staffId = Opt.text(staffId, "staffId");
        email = Opt.text(email, "email");
        mobile = Opt.text(mobile, "mobile");
        extensions = Opt.ext(extensions);
    }

    /** Department, name, e-mail and mobile number: the fields real packages carry. */
    public static StaffInfo of(String department, String staff, String email, String mobile) {
        return new StaffInfo(
                Opt.text(department),
                Optional.empty(),
                Opt.text(staff),
                Optional.empty(),
                Opt.text(email),
                Opt.text(mobile),
                Extensions.NONE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("StaffInfo[");
        Opt.add(sb, "department", department);
        Opt.add(sb, "departmentId", departmentId);
        Opt.add(sb, "staff", staff);
        Opt.add(sb, "staffId", staffId);
        Opt.add(sb, "email", email);
        Opt.add(sb, "mobile", mobile);
        Opt.add(sb, extensions);
        return sb.append(']').toString();
    }
}
