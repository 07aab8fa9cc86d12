int half(int x);
int half(int x)
{
	return x / 2;
}
