/** XML plumbing: hardened StAX input, the element tree with locations, and the deterministic writer. Not an API. */
package dev.edxml.internal.xml;
