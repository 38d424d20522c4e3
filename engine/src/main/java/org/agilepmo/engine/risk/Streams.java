package org.agilepmo.engine.risk;

/**
 * Counter-based random numbers: the percentile of input {@code stream} in iteration
 * {@code i} is a hash of the seed, the stream and the iteration (SplitMix64's finaliser,
 * Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014). No
 * generator state is carried from one iteration to the next, so any split of the
 * iterations between threads gives the same samples, and a run is reproduced from its
 * seed alone. Latin hypercube strata are ordered by a keyed permutation of the iteration
 * numbers (Kensler, "Correlated Multi-Jittered Sampling", Pixar technical memo 13-01,
 * 2013), computed per sample instead of stored per input.
 */
final class Streams {

	private static final long GOLDEN = 0x9E3779B97F4A7C15L;

	private static final double UNIT = 0x1.0p-53;

	private final long[] keys;

	private final int iterations;

	private final boolean latin;

	private final int mask;

	Streams(long seed, int streams, int iterations, Sampling sampling) {
		this.keys = new long[streams];
		for (int s = 0; s < streams; s++) {
			this.keys[s] = mix(seed + (s + 1) * GOLDEN);
		}
		this.iterations = iterations;
		this.latin = sampling == Sampling.LATIN_HYPERCUBE;
		int w = iterations - 1;
		w |= w >>> 1;
		w |= w >>> 2;
		w |= w >>> 4;
		w |= w >>> 8;
		w |= w >>> 16;
		this.mask = w;
	}

	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** A percentile in [0, 1) for input {@code stream} in iteration {@code i}. */
	double percentile(int stream, int i) {
		long key = this.keys[stream];
		double jitter = (mix(key + i * GOLDEN) >>> 11) * UNIT;
		if (!this.latin) {
			return jitter;
		}
		return (permute(i, (int) key) + jitter) / this.iterations;
	}

	/** The stratum of input {@code stream} in iteration {@code i}, 0..iterations-1. */
	int stratum(int stream, int i) {
		return permute(i, (int) this.keys[stream]);
	}

	/** A bijection of 0..iterations-1 chosen by {@code p} (Kensler 2013, listing 3). */
	int permute(int i, int p) {
		int w = this.mask;
		int l = this.iterations;
		do {
			i ^= p;
			i *= 0xe170893d;
			i ^= p >>> 16;
			i ^= (i & w) >>> 4;
			i ^= p >>> 8;
			i *= 0x0929eb3f;
			i ^= p >>> 23;
			i ^= (i & w) >>> 1;
			i *= 1 | p >>> 27;
			i *= 0x6935fa69;
			i ^= (i & w) >>> 11;
			i *= 0x74dcb303;
			i ^= (i & w) >>> 2;
			i *= 0x9e501cc3;
			i ^= (i & w) >>> 2;
			i *= 0xc860a3df;
			i &= w;
			i ^= i >>> 5;
		}
		while (i >= l);
		return Integer.remainderUnsigned(i + p, l);
	}

}
