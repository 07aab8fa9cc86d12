/*
 * The exception tag longjmp throws and every function that calls setjmp
 * catches.  Compiled code only refers to it; C has no syntax for defining
 * a tag, hence the assembly.  Its one parameter is a pointer.
 */
#ifdef __wasm64__
__asm__(".globl __c_longjmp\n.tagtype __c_longjmp i64\n__c_longjmp:\n");
#else
__asm__(".globl __c_longjmp\n.tagtype __c_longjmp i32\n__c_longjmp:\n");
#endif
