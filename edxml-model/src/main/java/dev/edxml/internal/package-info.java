/** Implementation of reading, writing and unpacking. Not exported: nothing here is API. */
package dev.edxml.internal;
