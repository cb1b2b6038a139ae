// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Kernels;

/// <summary>The element-wise binary operations the broadcast kernel knows.</summary>
internal enum BinaryOp
{
    Add,
    Sub,
    Mul,
    Div,
    Max,
    Min,
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}
