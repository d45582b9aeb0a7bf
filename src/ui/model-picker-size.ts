/**
 * Above this many models the picker's panel adds a search box and select-all / select-none, and
 * its button shows no more markers than this.
 */
export const LARGE_CORPUS = 8;
