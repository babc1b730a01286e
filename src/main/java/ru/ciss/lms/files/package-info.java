/**
 * The file store: files on disk named by the SHA-256 of their content, checked against their type before they become
 * visible ({@code control.BlobStore}, {@code control.FileSniffer}), the stored-file rows that refer to them, safe
 * download headers, and the sweep of what nothing refers to. Other features hand an {@link
 * ru.ciss.lms.files.IncomingFile} to {@link ru.ciss.lms.files.boundary.FileStore} and keep the id it answers;
 * {@link ru.ciss.lms.files.FileType} and {@link ru.ciss.lms.files.FileNames} are its vocabulary.
 */
package ru.ciss.lms.files;
