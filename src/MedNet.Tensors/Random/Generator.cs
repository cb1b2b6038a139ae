// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace MedNet.Tensors.Random;

/// <summary>
/// A seeded pseudo-random generator: the 32-bit Mersenne Twister (MT19937), the engine behind
/// PyTorch's CPU <c>torch.Generator</c>, so that a seed means the same stream here and there.
/// </summary>
/// <remarks>
/// Source: Matsumoto &amp; Nishimura, "Mersenne Twister", ACM TOMACS 8(1), 1998.
/// Thread-safe as PyTorch's generator (a mutex): each call, and each tensor fill, draws under a lock, so two threads
/// sharing <c>torch.default_generator</c> never corrupt its state; which thread gets which numbers then depends on
/// scheduling, so give each thread its own generator when parallel draws must be reproducible.
/// </remarks>
public sealed class Generator
{
    private const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0dfu;
    private const uint UpperMask = 0x80000000u;
    private const uint LowerMask = 0x7fffffffu;

    private readonly uint[] _state = new uint[N];
    private int _index;

    /// <summary>Creates a generator seeded with <paramref name="seed"/>.</summary>
    /// <param name="seed">Seed; only the low 32 bits are used, as PyTorch's CPU generator does. Default: 67280421310721 (PyTorch's default seed).</param>
    public Generator(ulong seed = 67280421310721UL) => manual_seed(seed);

    /// <summary>The seed last given to <see cref="manual_seed"/>.</summary>
    public ulong InitialSeed { get; private set; }

    /// <summary>Re-seeds the generator, like <c>torch.Generator.manual_seed</c>.</summary>
    /// <param name="seed">Seed; the low 32 bits initialise the MT19937 state.</param>
    /// <returns>This generator, for chaining.</returns>
    public Generator manual_seed(ulong seed)
    {
        lock (Sync)
        {
            Seed(seed);
        }

        return this;
    }

    /// <summary>The lock every draw takes; fills of a tensor hold it for the whole fill.</summary>
    internal object Sync => _state;

    private void Seed(ulong seed)
    {
        InitialSeed = seed;
        _state[0] = (uint)seed;
        for (var i = 1; i < N; i++)
        {
            _state[i] = unchecked(1812433253u * (_state[i - 1] ^ (_state[i - 1] >> 30)) + (uint)i);
        }

        _index = N;
    }

    /// <summary>The generator's full state, like <c>torch.Generator.get_state</c>: restoring it with <see cref="set_state"/> replays the same stream.</summary>
    /// <returns>A copy of the 624 MT19937 words and the position in them, little-endian (2,500 bytes).</returns>
    public byte[] get_state()
    {
        var bytes = new byte[(N + 1) * sizeof(uint)];
        lock (Sync)
        {
            for (var i = 0; i < N; i++)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), _state[i]);
            }

            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(N * sizeof(uint)), _index);
        }

        return bytes;
    }

    /// <summary>Restores a state from <see cref="get_state"/>, like <c>torch.Generator.set_state</c>.</summary>
    /// <param name="state">Bytes written by <see cref="get_state"/>.</param>
    /// <returns>This generator, for chaining.</returns>
    /// <exception cref="ArgumentException">The state has the wrong length or an index outside 0…624.</exception>
    public Generator set_state(byte[] state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Length != (N + 1) * sizeof(uint))
        {
            throw new ArgumentException($"Generator.set_state: expected {(N + 1) * sizeof(uint)} bytes from get_state but got {state.Length}.", nameof(state));
        }

        var index = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(state.AsSpan(N * sizeof(uint)));
        if (index is < 0 or > N)
        {
            throw new ArgumentException($"Generator.set_state: expected a position in 0…{N} but got {index}.", nameof(state));
        }

        lock (Sync)
        {
            for (var i = 0; i < N; i++)
            {
                _state[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(state.AsSpan(i * sizeof(uint)));
            }

            _index = index;
        }

        return this;
    }

    /// <summary>Returns the next 32 random bits.</summary>
    /// <returns>A uniformly distributed 32-bit value.</returns>
    public uint NextUInt32()
    {
        lock (Sync)
        {
            return Next();
        }
    }

    /// <summary>The next 32 bits without taking the lock: for fills that hold <see cref="Sync"/>.</summary>
    internal uint Next()
    {
        if (_index >= N)
        {
            Twist();
        }

        var y = _state[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680u;
        y ^= (y << 15) & 0xefc60000u;
        y ^= y >> 18;
        return y;
    }

    /// <summary>Returns a float uniformly distributed in [0, 1) with 24 random mantissa bits.</summary>
    /// <returns>A value in [0, 1).</returns>
    public float NextSingle() => (NextUInt32() & 0xFFFFFF) * (1.0f / 16777216.0f);

    /// <summary>Fills a span with a dropout keep-mask, under the lock (see <see cref="FillDropoutMaskUnlocked"/>).</summary>
    internal void FillDropoutMask(Span<float> mask, float p, float keep)
    {
        lock (Sync)
        {
            FillDropoutMaskUnlocked(mask, p, keep);
        }
    }

    /// <summary>Fills a span with a dropout keep-mask: each element is <paramref name="keep"/> when the next <see cref="NextSingle"/> is ≥ <paramref name="p"/>, else 0.</summary>
    /// <param name="mask">Destination, filled in order (element i uses the i-th draw).</param>
    /// <param name="p">Drop probability in [0, 1).</param>
    /// <param name="keep">Value of kept elements, usually 1 / (1 − p).</param>
    /// <remarks>Draws exactly the same numbers, in the same order, as calling <see cref="NextSingle"/> once per element; only faster (no per-draw call or bounds check).</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillDropoutMaskUnlocked(Span<float> mask, float p, float keep)
    {
        var state = _state;
        var index = _index;
        var pv = Vector256.Create(p);
        var kv = Vector256.Create(keep);
        var i = 0;
        while (i < mask.Length)
        {
            if (index >= N)
            {
                Twist();
                index = 0;
            }

            if (index + 8 <= N && i + 8 <= mask.Length)
            {
                // Same tempering and 24-bit float as NextSingle, eight draws at a time (the int → float conversion is exact below 2^24).
                var y = Vector256.Create<uint>(state.AsSpan(index, 8));
                y ^= Vector256.ShiftRightLogical(y, 11);
                y ^= Vector256.ShiftLeft(y, 7) & Vector256.Create(0x9d2c5680u);
                y ^= Vector256.ShiftLeft(y, 15) & Vector256.Create(0xefc60000u);
                y ^= Vector256.ShiftRightLogical(y, 18);
                var u = Vector256.ConvertToSingle((y & Vector256.Create(0xFFFFFFu)).AsInt32()) * (1.0f / 16777216.0f);
                Vector256.ConditionalSelect(Vector256.GreaterThanOrEqual(u, pv), kv, Vector256<float>.Zero).CopyTo(mask.Slice(i, 8));
                index += 8;
                i += 8;
                continue;
            }

            var x = state[index++];
            x ^= x >> 11;
            x ^= (x << 7) & 0x9d2c5680u;
            x ^= (x << 15) & 0xefc60000u;
            x ^= x >> 18;
            mask[i++] = ((x & 0xFFFFFF) * (1.0f / 16777216.0f)) >= p ? keep : 0f;
        }

        _index = index;
    }

    /// <summary>Returns a double uniformly distributed in [0, 1) with 53 random bits.</summary>
    /// <returns>A value in [0, 1).</returns>
    public double NextDouble()
    {
        lock (Sync)
        {
            return NextDoubleUnlocked();
        }
    }

    /// <summary><see cref="NextDouble"/> without taking the lock: for fills that hold <see cref="Sync"/>.</summary>
    internal double NextDoubleUnlocked()
    {
        ulong hi = Next();
        ulong lo = Next();
        return (((hi << 32) | lo) & ((1UL << 53) - 1)) * (1.0 / 9007199254740992.0);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Twist()
    {
        // Three loops instead of "% N" per element: the same recurrence, no division in the hot path.
        // Eight lanes at a time: lane i reads the old s[i], s[i + 1] and s[i ± M], which are either not yet written
        // (first loop: i + 1 and i + M lie ahead) or written in an earlier chunk (second loop: i + M − N ≤ i − 220).
        var s = _state.AsSpan();
        int i;
        for (i = 0; i + 8 <= N - M; i += 8)
        {
            MixInto(s, i, i + M);
        }

        for (; i < N - M; i++)
        {
            s[i] = Mix(s[i], s[i + 1], s[i + M]);
        }

        for (; i + 8 <= N - 1; i += 8)
        {
            MixInto(s, i, i + M - N);
        }

        for (; i < N - 1; i++)
        {
            s[i] = Mix(s[i], s[i + 1], s[i + M - N]);
        }

        s[N - 1] = Mix(s[N - 1], s[0], s[M - 1]);
        _index = 0;
    }

    private static void MixInto(Span<uint> s, int i, int far)
    {
        var current = Vector256.Create<uint>(s.Slice(i, 8));
        var next = Vector256.Create<uint>(s.Slice(i + 1, 8));
        var y = (current & Vector256.Create(UpperMask)) | (next & Vector256.Create(LowerMask));
        var r = Vector256.Create<uint>(s.Slice(far, 8)) ^ Vector256.ShiftRightLogical(y, 1);
        r ^= (Vector256<uint>.Zero - (y & Vector256<uint>.One)) & Vector256.Create(MatrixA);
        r.CopyTo(s.Slice(i, 8));
    }

    private static uint Mix(uint current, uint next, uint far)
    {
        var y = (current & UpperMask) | (next & LowerMask);
        var r = far ^ (y >> 1);
        return r ^ ((0u - (y & 1u)) & MatrixA); // branchless: the low bit is a coin flip, so a branch mispredicts half the time
    }
}
