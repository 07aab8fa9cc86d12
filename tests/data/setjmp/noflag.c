/* Compiled WITHOUT the setjmp flag: longjmps pass through these frames,
 * which have no handler of their own (LLVM's lowering allows that). */
int sjlj_walk(int depth, int (*leaf)(int));

int sjlj_walk(int depth, int (*leaf)(int))
{
	if (depth == 0)
		return leaf(7);
	return sjlj_walk(depth - 1, leaf) + 1;
}
