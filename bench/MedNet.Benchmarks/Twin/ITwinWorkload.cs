// SPDX-License-Identifier: MIT
namespace MedNet.Benchmarks.Twin;

/// <summary>
/// One kit workload the twin mode times against the PyTorch workload of the same <see cref="Name"/> in tools/twin/workloads_*.py.
/// </summary>
/// <remarks>
/// The runner sets <see cref="Threads"/>, calls <see cref="Setup"/> once, then calls <see cref="Run"/> repeatedly with
/// <c>torch.set_num_threads(Threads)</c> in force. One <see cref="Run"/> is one iteration: a forward + backward, a train
/// step, or one no_grad inference, exactly as the Python twin's iteration.
/// </remarks>
public interface ITwinWorkload
{
    /// <summary>Name shared with the Python twin, e.g. "conv_stack/fwd_bwd".</summary>
    string Name { get; }

    /// <summary>Kernel threads for this instance; set by the runner before <see cref="Setup"/>.</summary>
    int Threads { get; set; }

    /// <summary>Builds seeded modules and inputs.</summary>
    void Setup();

    /// <summary>One iteration.</summary>
    void Run();
}
