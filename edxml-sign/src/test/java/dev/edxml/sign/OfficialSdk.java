package dev.edxml.sign;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;

/**
 * The official EdXML102 SDK ({@code EdXML102-0.0.3.jar}, VNPT's {@code com.vnpt.xml.*}) as a referee, loaded from the
 * folder named by the system property {@code edxml.referees} ({@code ../shared/referees}) with a class loader of its
 * own, never from the project (TEST ONLY). Its third-party classes (jdom2, Guava, commons-codec, SLF4J) come from
 * this module's test class path. The SDK is Java 8 code with hand-written beans; it is driven by reflection so that
 * the build needs no jar that may be absent.
 */
final class OfficialSdk implements AutoCloseable {
    static final String JAR = "EdXML102-0.0.3.jar";

    private final URLClassLoader loader;

    private OfficialSdk(Path jar) throws IOException {
        loader = new URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, OfficialSdk.class.getClassLoader());
    }

    /** The SDK, or {@code null} when the jar is absent (then {@link #require} skips or fails each test). */
    static OfficialSdk loadIfPresent() throws IOException {
        Path jar = jar();
        return jar != null && Files.isRegularFile(jar) ? new OfficialSdk(jar) : null;
    }

    /** Skips the test with a message when the SDK is absent; fails it instead under {@code -Dedxml.requireTools=true}. */
    static void require(OfficialSdk sdk) {
        if (sdk == null) {
            String message = "the official SDK is absent (" + jar() + "): referee test skipped";
            if (Boolean.getBoolean("edxml.requireTools")) {
                fail(message + ", but edxml.requireTools=true");
            }
            Assumptions.abort(message);
        }
    }

    private static Path jar() {
        String dir = System.getProperty("edxml.referees");
        return dir == null ? null : Path.of(dir, JAR);
    }

    /** {@code EdXmlParser.getInstance().parse(in)}: the SDK's {@code Ed}, its attachments in a temporary folder. */
    Object parse(byte[] pkg) throws Exception {
        Class<?> parser = loader.loadClass("com.vnpt.xml.ed.parser.EdXmlParser");
        Object instance = parser.getMethod("getInstance").invoke(null);
        return invoke(instance, "parse", new ByteArrayInputStream(pkg));
    }

    /** {@code EdXmlBuilder.build(ed, dir)}: the package the SDK writes for {@code ed}, as a relay would send it on. */
    Path build(Object ed, Path dir) throws Exception {
        Class<?> builder = loader.loadClass("com.vnpt.xml.ed.builder.EdXmlBuilder");
        Class<?> base = loader.loadClass("com.vnpt.xml.base.Base");
        Object content =
                unwrap(() -> builder.getMethod("build", base, String.class).invoke(null, ed, dir.toString()));
        return ((File) invoke(content, "getContent")).toPath();
    }

    /** Removes the temporary folder the parser unpacked {@code ed}'s attachments into ({@code Base.clean()}). */
    void clean(Object ed) throws Exception {
        invoke(ed, "clean");
    }

    /** Follows a chain of getters, {@code get(ed, "getHeader", "getSignature")}; {@code null} stops the chain. */
    static Object get(Object target, String... getters) throws Exception {
        Object o = target;
        for (String g : getters) {
            if (o == null) {
                return null;
            }
            o = invoke(o, g);
        }
        return o;
    }

    static Object invoke(Object target, String name, Object... args) throws Exception {
        Method m = Arrays.stream(target.getClass().getMethods())
                .filter(x -> x.getName().equals(name) && x.getParameterCount() == args.length)
                .filter(x -> !x.isBridge())
                .findFirst()
                .orElseThrow(() -> new NoSuchMethodException(target.getClass().getName() + "." + name));
        return unwrap(() -> m.invoke(target, args));
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static Object unwrap(Call c) throws Exception {
        try {
            return c.run();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
