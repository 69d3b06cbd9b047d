/** Temporary files of this project's own modules: a leaf that depends on nothing else here. Not an API. */
package dev.edxml.internal.io;
