#ifndef W64_A64L_H
#define W64_A64L_H

/* a64l and l64a's digits: '.' is 0, '/' 1, '0'..'9' 2..11, 'A'..'Z'
 * 12..37, 'a'..'z' 38..63 (the alphabet of crypt's salts too). */
__attribute__((visibility("hidden"))) extern const char __w64_a64l_digits[65];

#endif
