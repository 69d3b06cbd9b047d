package dev.edxml.model;

/**
 * Bounds for unpacking a zipped attachment ({@link Attachment#openDocument(int, long, int)}), so that a hostile archive cannot exhaust memory or disk.
 *
 * @param maxEntries           entries the archive may have (the official SDK's convention is exactly one)
 * @param maxUncompressedBytes bytes the unpacked entry may have, counted while reading, not taken from the header
 * @param maxRatio             uncompressed/compressed ratio above which the archive is treated as a zip bomb
 */
record ZipLimits(int maxEntries, long maxUncompressedBytes, int maxRatio) {
    /** One entry of at most 512 MiB, ratio at most 200. */
    static final ZipLimits DEFAULT = new ZipLimits(1, 512L << 20, 200);

    public ZipLimits {
        if (maxEntries < 1 || maxUncompressedBytes < 1 || maxRatio < 1) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
