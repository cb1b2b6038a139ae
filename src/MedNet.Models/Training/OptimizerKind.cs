// SPDX-License-Identifier: MIT
namespace MedNet.Models.Training;

/// <summary>Which optimiser <see cref="OptimizerSettings"/> builds.</summary>
public enum OptimizerKind
{
    /// <summary><c>torch.optim.Adam</c> (L2 weight decay added to the gradient).</summary>
    Adam,

    /// <summary><c>torch.optim.AdamW</c> (decoupled weight decay).</summary>
    AdamW,
}
