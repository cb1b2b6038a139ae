// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Models.Training;

/// <summary>The optimisation concern of a run: optimiser, learning-rate schedule, batches and epochs. Architecture, data and evaluation live elsewhere.</summary>
/// <param name="Optimizer">Optimiser and its learning rate.</param>
/// <param name="Schedule">Learning-rate schedule, stepped after each epoch.</param>
/// <param name="BatchSize">Samples per batch ≥ 1 (the last batch may be smaller).</param>
/// <param name="Epochs">Passes over the training set ≥ 1.</param>
/// <param name="Shuffle">Draw the batches from a fresh permutation every epoch (seeded by <paramref name="ShuffleSeed"/>) instead of in order. Default false.</param>
/// <param name="ShuffleSeed">Seed of the permutations when <paramref name="Shuffle"/> is on. Default 0.</param>
public sealed record TrainingOptions(OptimizerSettings Optimizer, LRSchedule Schedule, int BatchSize, int Epochs, bool Shuffle = false, int ShuffleSeed = 0)
{
    /// <summary>
    /// The dtype the run trains in: <see cref="ScalarType.Float32"/> (default, the kit's and the papers' runs) or
    /// <see cref="ScalarType.Float64"/>, as the DTAAD repository runs (it calls <c>model.double()</c> and feeds float64 windows).
    /// </summary>
    /// <remarks>The trainer converts the model (in place, like <c>module.to(dtype)</c>) and the inputs before it makes the optimiser.</remarks>
    [System.Text.Json.Serialization.JsonPropertyName("dtype")]
    public ScalarType DType { get; init; } = ScalarType.Float32;

    /// <summary>Lists every problem with these options (empty when valid).</summary>
    /// <returns>One message per problem, each naming its field.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        if (Optimizer is null)
        {
            p.Add("Optimizer: expected settings but got null.");
        }
        else
        {
            p.AddRange(Optimizer.Validate());
        }

        if (Schedule is null)
        {
            p.Add("Schedule: expected a schedule (ConstantSchedule for none) but got null.");
        }
        else
        {
            p.AddRange(Schedule.Validate());
        }

        if (BatchSize < 1)
        {
            p.Add($"BatchSize: expected ≥ 1 but got {BatchSize}.");
        }

        if (Epochs < 1)
        {
            p.Add($"Epochs: expected ≥ 1 but got {Epochs}.");
        }

        if (DType is not (ScalarType.Float32 or ScalarType.Float64))
        {
            p.Add($"DType: expected Float32 or Float64 but got {DType}.");
        }

        return p;
    }

    /// <summary>Throws when <see cref="Validate"/> reports problems.</summary>
    /// <exception cref="ArgumentException">Lists every problem.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"TrainingOptions: invalid settings: {string.Join(" ", problems)}");
        }
    }
}
