// SPDX-License-Identifier: MIT
using MedNet.Models.Training;

namespace MedNet.Experiments.MsaPaper;

/// <summary>One network trained on one fold and its test predictions.</summary>
/// <param name="Actual">True class of each test beat.</param>
/// <param name="Predicted">Arg-max class of each test beat.</param>
/// <param name="Probabilities">Softmax outputs (N, K) row-major.</param>
/// <param name="Epochs">Per-epoch logs.</param>
/// <param name="TrainSeconds">Wall time of training.</param>
/// <param name="Parameters">Trainable parameters of the trained network.</param>
/// <param name="TrainSamples">Training samples after balancing.</param>
public sealed record MsaFitResult(int[] Actual, int[] Predicted, float[] Probabilities, IReadOnlyList<EpochLog> Epochs, double TrainSeconds, long Parameters, int TrainSamples);
