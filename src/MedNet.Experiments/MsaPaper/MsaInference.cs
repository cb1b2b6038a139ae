// SPDX-License-Identifier: MIT
using System.Diagnostics;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Experiments.MsaPaper;

/// <summary>CPU cost of one forward pass on a 10 s segment at batch 1: median wall time and managed bytes allocated.</summary>
/// <param name="Milliseconds">Median wall time of the timed passes, ms.</param>
/// <param name="Threads">Engine threads during the measurement.</param>
/// <param name="AllocatedMegabytes">Managed bytes allocated by one pass (after warm-up), MB (10^6 B): an upper bound of the activations' peak.</param>
/// <param name="ParameterMegabytes">float32 parameter bytes, MB.</param>
public sealed record MsaInference(double Milliseconds, int Threads, double AllocatedMegabytes, double ParameterMegabytes)
{
    /// <summary>Parameters plus one pass's allocations, MB: the kit's stand-in for the paper's "Memory (MB)" (D-MS-12).</summary>
    public double MemoryMegabytes => ParameterMegabytes + AllocatedMegabytes;

    /// <summary>Times <paramref name="model"/> in eval mode without gradients: one warm-up pass, then <paramref name="repeats"/> timed ones.</summary>
    /// <param name="model">The network.</param>
    /// <param name="input">(1, C, L).</param>
    /// <param name="threads">Engine threads to use (restored afterwards).</param>
    /// <param name="repeats">Timed passes ≥ 1.</param>
    /// <returns>The measurement.</returns>
    public static MsaInference Measure(Module<Tensor, Tensor> model, Tensor input, int threads, int repeats)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(repeats, 1);
        var previous = torch.get_num_threads();
        torch.set_num_threads(threads);
        model.eval();
        try
        {
            using var _ = torch.no_grad();
            model.call(input);
            var before = GC.GetTotalAllocatedBytes(precise: true);
            model.call(input);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            var times = new double[repeats];
            for (var i = 0; i < repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                model.call(input);
                times[i] = clock.Elapsed.TotalMilliseconds;
            }

            Array.Sort(times);
            var median = repeats % 2 == 1 ? times[repeats / 2] : (times[(repeats / 2) - 1] + times[repeats / 2]) / 2;
            return new MsaInference(median, threads, allocated / 1e6, model.parameter_count() * 4 / 1e6);
        }
        finally
        {
            torch.set_num_threads(previous);
        }
    }
}
