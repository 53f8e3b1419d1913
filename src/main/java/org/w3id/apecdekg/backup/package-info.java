/**
 * Backups, restores and compaction of the TDB2 store: a consistent gzipped N-Quads snapshot taken in
 * one read transaction while the server keeps serving ({@link org.w3id.apecdekg.backup.StoreBackup}),
 * the {@code backup}, {@code restore} and {@code compact} commands, and {@code POST /admin/backup},
 * {@code POST /admin/compact} (admin role).
 */
package org.w3id.apecdekg.backup;
