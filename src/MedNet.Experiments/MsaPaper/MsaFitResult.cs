// SPDX-License-Identifier: MIT
using MedNet.Models.Training;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Experiments.MsaPaper;

/// <summary>One network trained on one fold and its test predictions.</summary>
/// <param name="Actual">True class of each test beat.</param>
/// <param name="Predicted">Arg-max class of each test beat.</param>
/// <param name="Probabilities">Softmax outputs (N, K) row-major.</param>
/// <param name="Epochs">Per-epoch logs.</param>
/// <param name="TrainSeconds">Wall time of training.</param>
/// <param name="Parameters">Trainable parameters of the trained network.</param>
/// <param name="TrainSamples">Training samples after balancing.</param>
public sealed record MsaFitResult(int[] Actual, int[] Predicted, float[] Probabilities, IReadOnlyList<EpochLog> Epochs, double TrainSeconds, long Parameters, int TrainSamples)
{
    /// <summary>The trained network (eval mode), e.g. for post-training quantisation; null when not kept.</summary>
    public Module<Tensor, Tensor>? Model { get; init; }

    /// <summary>The fold's test inputs (N, C, L) as the network read them; null when not kept.</summary>
    public Tensor? TestInputs { get; init; }
}
