// SPDX-License-Identifier: MIT
using MedNet.Signals.Windowing;
using MedNet.Tensors;

namespace MedNet.Models.Data;

/// <summary>The bridge from MedNet.Signals' windows to model input tensors; every model reads its windows through it.</summary>
public static class WindowTensors
{
    /// <summary>Converts (N, W, C) windows to one channel-first tensor (N, C, W), the layout of <c>Conv1d</c>.</summary>
    /// <param name="windows">Windows cut by <see cref="WindowCutter"/>.</param>
    /// <returns>(N, C, W).</returns>
    /// <exception cref="ArgumentException">No windows (the series is shorter than one window).</exception>
    public static Tensor ChannelFirst(WindowTensor windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (windows.Count == 0)
        {
            throw new ArgumentException("WindowTensors.ChannelFirst: expected at least one window but got none. The series is shorter than one window.", nameof(windows));
        }

        return torch.tensor(windows.Data, [windows.Count, windows.Length, windows.Channels]).permute(0, 2, 1);
    }
}
