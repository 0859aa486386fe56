/**
 * Data exchange: reading files into the registry and writing the registry out, in two line formats
 * ({@link org.tutela.exchange.Format}): Tutela's own JSON lines (lossless, for backups and moving data
 * between installations) and FollowTheMoney entities (to and from OpenSanctions, Aleph and other FtM
 * tools; see {@link org.tutela.exchange.ftm.FtmMapping} for the mapping).
 *
 * <p>{@link org.tutela.exchange.Importer} checks a whole file before it writes anything and then
 * writes it in one registry transaction; {@link org.tutela.exchange.Exporter} streams the registry in a
 * stable order. Errors are {@link org.tutela.exchange.ImportException}s naming file, line and field.
 */
package org.tutela.exchange;
