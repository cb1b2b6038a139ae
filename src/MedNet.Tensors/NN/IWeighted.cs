// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>A layer whose forward reads a replaceable <c>weight</c> (Linear, Conv1d, ConvTranspose1d), so weight_norm can recompute it.</summary>
public interface IWeighted
{
    /// <summary>The weight used by the next forward.</summary>
    Tensor weight { get; set; }
}
