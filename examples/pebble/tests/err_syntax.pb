// A syntax error: nothing runs, the message points at the token.
print("this line never runs");
let x = [1, 2, 3;
print(x);
