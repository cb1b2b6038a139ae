// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Tensors.Optim;

namespace MedNet.Models.Training;

/// <summary>How the learning rate changes from epoch to epoch; <see cref="Trainer"/> steps it once after every epoch.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ConstantSchedule), "constant")]
[JsonDerivedType(typeof(StepSchedule), "step")]
[JsonDerivedType(typeof(PlateauSchedule), "plateau")]
public abstract record LRSchedule
{
    /// <summary>Binds the schedule to an optimiser.</summary>
    /// <param name="optimizer">The optimiser whose learning rate it sets.</param>
    /// <returns>The per-epoch step, given the epoch's mean training loss.</returns>
    public abstract Action<double> Attach(Optimizer optimizer);

    /// <summary>Lists every problem with the schedule's settings (empty when valid).</summary>
    /// <returns>One message per problem, each naming its field.</returns>
    public abstract IReadOnlyList<string> Validate();
}
