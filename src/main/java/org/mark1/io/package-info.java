/**
 * Reading and writing files safely: strict YAML and JSON, CSV sheets (Jackson's CSV module, in
 * {@link org.mark1.io.CsvText} only), regular files only, files and folders
 * written whole (atomically), and the one-line errors a user sees. Knows nothing of the machine or
 * of experiments; nothing here draws, trains or computes a figure.
 */
package org.mark1.io;
