/**
 * The {@code edxml} command ({@link dev.edxml.cli.EdxmlCli}): a thin layer over the library's front doors that turns
 * packages into plain words or JSON, in Vietnamese or English, with the exit codes of the CLI contract. Nothing here
 * is API: applications use {@code dev.edxml.Edxml}.
 */
package dev.edxml.cli;
