/** The folder, relative to the project root, that holds articles/, places/ and actors/ unless told otherwise. */
export const CONTENT_DIR = 'content';
