let fine = 1;
let s = "this string never ends;
