/** A user's own module, reading, signing, verifying, validating and receiving through the public API only. */
module smoke {
    requires dev.edxml.validate;
}
