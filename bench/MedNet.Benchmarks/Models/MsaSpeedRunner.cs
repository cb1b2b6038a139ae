// SPDX-License-Identifier: MIT
using System.Diagnostics;
using System.Globalization;
using MedNet.Benchmarks.Tensors;
using MedNet.Benchmarks.Twin;
using MedNet.Models.Classification;
using MedNet.Tensors;

namespace MedNet.Benchmarks.Models;

/// <summary>
/// <c>msa-speed [--rounds N] [--layers]</c>: issue 14's inference target in one run. Interleaved rounds of one core's FMA
/// peak (<see cref="FmaPeakBenchmarks"/>), the compressed [MSA] network on one 10 s 12-lead segment (batch 1, no_grad) at
/// 1 thread and at 2 threads; medians, the target FLOPs ÷ (0.6 × peak) and the paper's 47 ms (GPU) beside them.
/// <c>--layers</c> adds a per-stage split of the 1-thread pass. On a shared machine the 1-thread pass's process CPU time is
/// printed beside its wall time: it excludes the time the thread waited for other jobs (the runtime's own GC and JIT
/// threads add a little to it).
/// </summary>
internal static class MsaSpeedRunner
{
    private const int Length = 3600;
    private const double PaperMilliseconds = 47;
    private const double PeakShare = 0.6;

    internal static int Run(string[] args)
    {
        var rounds = 5;
        var layers = false;
        var kernels = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds" when i + 1 < args.Length:
                    rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--layers":
                    layers = true;
                    break;
                case "--kernels":
                    kernels = true;
                    break;
                default:
                    Console.Error.WriteLine($"msa-speed: unknown argument '{args[i]}'; expected --rounds N  --layers  --kernels.");
                    return 2;
            }
        }

        if (rounds < 1)
        {
            Console.Error.WriteLine($"msa-speed: expected --rounds ≥ 1 but got {rounds}.");
            return 2;
        }

        if (kernels)
        {
            Kernels(rounds);
            return 0;
        }

        var model = MsaWorkloads.Build(MsaLadder.Compressed(MsaWorkloads.Leads));
        model.eval();
        var x = MsaWorkloads.Inputs(1, Length);
        var flops = model.CountFlops(Length).Flops;
        var fma = new FmaPeakBenchmarks();
        var peak = new List<double>();
        var one = new List<double>();
        var oneCpu = new List<double>();
        var two = new List<double>();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load before: {File.ReadAllText("/proc/loadavg").Trim()}"));
        Infer(model, x, 1);
        Infer(model, x, 2);
        for (var r = 0; r < rounds; r++)
        {
            peak.Add(FmaGflops(fma));
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            one.Add(Infer(model, x, 1));
            oneCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
            two.Add(Infer(model, x, 2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {r + 1}: peak {peak[^1]:F1} GFLOP/s, 1 thread {one[^1]:F0} ms (process CPU {oneCpu[^1]:F0} ms), 2 threads {two[^1]:F0} ms"));
        }

        var p = Median(peak);
        var t1 = Median(one);
        var t2 = Median(two);
        var target = flops / (PeakShare * p * 1e9) * 1e3;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"compressed [MSA] network, 12 leads, batch 1, {Length} samples: {flops / 1e9:F2} GFLOPs (FlopCounter, D-MS-33), {model.parameter_count():N0} parameters"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FMA peak (1 core, median of {rounds}): {p:F1} GFLOP/s; target FLOPs ÷ (0.6 × peak) = {target:F0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1 thread: {t1:F0} ms = {flops / (t1 * 1e6):F1} GFLOP/s = {flops / (t1 * 1e6) / p:P0} of peak; time / target = {t1 / target:F2} ({(t1 <= target ? "met" : "not met")})"));
        var c1 = Median(oneCpu);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"1 thread, process CPU time (all the process's threads, the runtime's JIT and GC too; the guide when other jobs load the machine, the wall time when it is quiet): {c1:F0} ms = {flops / (c1 * 1e6) / p:P0} of peak; CPU / target = {c1 / target:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"2 threads: {t2:F0} ms; paper {PaperMilliseconds} ms (GPU, 6.2 GFLOPs); time / paper = {t2 / PaperMilliseconds:F2}; 1-thread / 2-thread = {t1 / t2:F2}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load after: {File.ReadAllText("/proc/loadavg").Trim()}"));
        if (layers)
        {
            Stages(model, x, rounds);
        }

        return 0;
    }

    private static double FmaGflops(FmaPeakBenchmarks fma)
    {
        var best = double.MaxValue;
        for (var i = 0; i < 10; i++)
        {
            var clock = Stopwatch.StartNew();
            fma.FmaPeak_192MFlop();
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }

        return 0.192 / best;
    }

    private static double Infer(MsaClassifier model, Tensor x, int threads)
    {
        var previous = torch.get_num_threads();
        torch.set_num_threads(threads);
        try
        {
            using var _ = torch.no_grad();
            var clock = Stopwatch.StartNew();
            model.call(x);
            return clock.Elapsed.TotalMilliseconds;
        }
        finally
        {
            torch.set_num_threads(previous);
        }
    }

    /// <summary>Times each stage of the 1-thread pass on its real input; medians over rounds.</summary>
    private static void Stages(MsaClassifier model, Tensor input, int rounds)
    {
        var previous = torch.get_num_threads();
        torch.set_num_threads(1);
        var names = new List<string>();
        var times = new List<List<double>>();
        void Time(int stage, string name, Func<Tensor> f, out Tensor result)
        {
            var clock = Stopwatch.StartNew();
            result = f();
            if (names.Count <= stage)
            {
                names.Add(name);
                times.Add([]);
            }

            times[stage].Add(clock.Elapsed.TotalMilliseconds);
        }

        try
        {
            using var noGrad = torch.no_grad();
            for (var r = 0; r <= rounds; r++)
            {
                var leads = MsaWorkloads.Leads;
                var x = input.narrow(1, 0, leads);
                var priors = input.narrow(1, leads, 2);
                var stage = 0;
                foreach (var (name, layer) in model.named_children())
                {
                    if (!model.Features.Contains(layer))
                    {
                        continue;
                    }

                    var f = (MedNet.Tensors.NN.Module<Tensor, Tensor>)layer;
                    var xin = x;
                    Time(stage++, name, () => f.call(xin), out x);
                }

                var x1 = x;
                Time(stage++, "channel_attention", () => model.channel_attention!.call(x1), out x);
                var x2 = x;
                Time(stage++, "guided_attention", () => model.guided_attention!.call((x2, priors)), out x);
                var x3 = x;
                Time(stage++, "self_attention", () => model.self_attention!.call(x3), out x);
                var x4 = x;
                Time(stage++, "lstm", () => model.lstm.call(x4.transpose(1, 2)).output, out var h);
                Time(stage, "pool+head", () => model.fc2.call(model.fc1.call(h.mean(1) + h.max(1).values).relu()), out _);
                if (r == 0)
                {
                    foreach (var t in times)
                    {
                        t.Clear(); // the first pass is a warm-up
                    }
                }
            }
        }
        finally
        {
            torch.set_num_threads(previous);
        }

        var report = model.CountFlops(Length);
        double total = 0;
        foreach (var t in times)
        {
            total += Median(t);
        }

        Console.WriteLine("stage                 ms (1 thread)   share   GFLOPs   GFLOP/s");
        for (var i = 0; i < names.Count; i++)
        {
            double g = 0;
            foreach (var e in report.Entries)
            {
                if (e.Name.StartsWith(names[i], StringComparison.Ordinal) || (names[i] == "pool+head" && (e.Name.StartsWith("pool", StringComparison.Ordinal) || e.Name.StartsWith("fc", StringComparison.Ordinal) || e.Name == "relu")))
                {
                    g += e.Flops / 1e9;
                }
            }

            var ms = Median(times[i]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{names[i],-20} {ms,12:F1} {ms / total,8:P0} {g,8:F2} {g / ms * 1e3,9:F1}"));
        }
    }

    /// <summary>
    /// <c>--kernels</c>: the network's two engine kernels alone at 1 thread on its real shapes, process CPU time per call
    /// (medians): the attention core (softmax(q·kᵀ/√12)·v, 4 heads of 48, on packed projections (1, 3600, 576), without the
    /// projections), the whole self-attention block of the network, and the 2-layer BiLSTM 64 on (1, 3600, 192).
    /// </summary>
    private static void Kernels(int rounds)
    {
        const int e = 192, heads = 4;
        torch.manual_seed(0);
        var qkv = torch.randn(1, Length, 3 * e);
        var lstm = torch.nn.LSTM(e, 64, num_layers: 2, batch_first: true, bidirectional: true);
        var seq = torch.randn(1, Length, e);
        var block = new TemporalSelfAttention(e, heads);
        block.eval();
        var features = torch.randn(1, e, Length);
        var attentionFlops = 4.0 * heads * Length * Length * (e / heads);
        var lstmFlops = 0.0;
        for (var layer = 0; layer < 2; layer++)
        {
            var input = layer == 0 ? e : 128;
            lstmFlops += 2.0 * 2 * Length * 4 * 64 * (input + 64);
        }

        var previous = torch.get_num_threads();
        torch.set_num_threads(1);
        try
        {
            using var noGrad = torch.no_grad();
            var att = new List<double>();
            var rec = new List<double>();
            var blk = new List<double>();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load before: {File.ReadAllText("/proc/loadavg").Trim()}"));
            for (var r = 0; r <= rounds; r++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                torch.nn.functional.self_attention(qkv, heads);
                var a = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                lstm.call(seq);
                var l = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
                block.call(features);
                var b = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                if (r > 0)
                {
                    blk.Add(b);
                    att.Add(a);
                    rec.Add(l);
                }
            }

            var fma = new FmaPeakBenchmarks();
            var p = FmaGflops(fma);
            var (ma, ml) = (Median(att), Median(rec));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"attention core (1, {Length}, {3 * e}) 4 heads: {ma:F1} ms process CPU = {attentionFlops / (ma * 1e6):F1} GFLOP/s = {attentionFlops / (ma * 1e6) / p:P0} of peak {p:F1} (q·kᵀ and p·v only)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"whole self-attention block (TemporalSelfAttention on (1, {e}, {Length}): projections, transposes, residual): {Median(blk):F1} ms process CPU"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"BiLSTM 64 × 2 layers (1, {Length}, {e}): {ml:F1} ms process CPU = {lstmFlops / (ml * 1e6):F1} GFLOP/s = {lstmFlops / (ml * 1e6) / p:P0} of peak"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load after: {File.ReadAllText("/proc/loadavg").Trim()}"));
        }
        finally
        {
            torch.set_num_threads(previous);
        }
    }

    private static double Median(List<double> values)
    {
        var a = values.ToArray();
        Array.Sort(a);
        return a.Length % 2 == 1 ? a[a.Length / 2] : (a[(a.Length / 2) - 1] + a[a.Length / 2]) / 2;
    }
}
