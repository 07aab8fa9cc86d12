/* Floating point: an n-body simulation (double precision). */
#include <stdio.h>
#include <stdlib.h>

#define N 5

struct body {
	double x, y, z, vx, vy, vz, mass;
};

static double root(double v)
{
	/* Newton's method, so the benchmark needs no libm. */
	double r = v > 1 ? v : 1;
	for (int i = 0; i < 40; i++)
		r = 0.5 * (r + v / r);
	return r;
}

static void advance(struct body *b, double dt)
{
	for (int i = 0; i < N; i++)
		for (int j = i + 1; j < N; j++) {
			double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
			double d2 = dx * dx + dy * dy + dz * dz;
			double mag = dt / (d2 * root(d2));
			b[i].vx -= dx * b[j].mass * mag;
			b[i].vy -= dy * b[j].mass * mag;
			b[i].vz -= dz * b[j].mass * mag;
			b[j].vx += dx * b[i].mass * mag;
			b[j].vy += dy * b[i].mass * mag;
			b[j].vz += dz * b[i].mass * mag;
		}
	for (int i = 0; i < N; i++) {
		b[i].x += dt * b[i].vx;
		b[i].y += dt * b[i].vy;
		b[i].z += dt * b[i].vz;
	}
}

static double energy(const struct body *b)
{
	double e = 0;
	for (int i = 0; i < N; i++) {
		e += 0.5 * b[i].mass * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
		for (int j = i + 1; j < N; j++) {
			double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
			e -= b[i].mass * b[j].mass / root(dx * dx + dy * dy + dz * dz);
		}
	}
	return e;
}

int main(int argc, char **argv)
{
	int steps = argc > 1 ? atoi(argv[1]) : 200000;
	struct body b[N] = {
		{0, 0, 0, 0, 0, 0, 39.47841760435743},
		{4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037},
		{8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011},
		{12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017},
		{15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002},
	};
	printf("energy before %.9f\n", energy(b));
	for (int s = 0; s < steps; s++)
		advance(b, 0.01);
	printf("energy after  %.9f\n", energy(b));
	return 0;
}
