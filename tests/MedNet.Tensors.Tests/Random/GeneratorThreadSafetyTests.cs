// SPDX-License-Identifier: MIT
using MedNet.Tensors.Random;

namespace MedNet.Tensors.Tests.Random;

/// <summary>Two threads sharing one generator (as two models built at once share torch.default_generator) draw without corrupting it.</summary>
public sealed class GeneratorThreadSafetyTests
{
    [Fact]
    public void SharedGenerator_TwoThreadsDrawing_NoErrorAndEveryDrawFromTheStream()
    {
        var g = new Generator(5);
        const int PerThread = 200;
        var draws = new List<float>[2];
        Exception? failure = null;
        var threads = new Thread[2];
        for (var t = 0; t < 2; t++)
        {
            var mine = draws[t] = [];
            threads[t] = new Thread(() =>
            {
                try
                {
                    for (var i = 0; i < PerThread; i++)
                    {
                        mine.AddRange(torch.zeros(333).uniform_(0, 1, g).ToArray()); // a whole fill under the lock
                        mine.Add(g.NextSingle());
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                }
            });
        }

        foreach (var t in threads)
        {
            t.Start();
        }

        foreach (var t in threads)
        {
            t.Join();
        }

        Assert.Null(failure);

        // Together the threads consumed exactly the first 2 · 200 · 334 draws of the stream: no draw lost or repeated.
        var reference = new Generator(5);
        var expected = new float[2 * PerThread * 334];
        for (var i = 0; i < expected.Length; i++)
        {
            expected[i] = reference.NextSingle();
        }

        var all = draws[0].Concat(draws[1]).Select(BitConverter.SingleToInt32Bits).Order().ToArray();
        Assert.Equal(expected.Select(BitConverter.SingleToInt32Bits).Order().ToArray(), all);
    }
}
