// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;

namespace MedNet.Models.Tests.Classification;

/// <summary>Small classifier configurations that keep every component but run in milliseconds.</summary>
internal static class TinyConfigs
{
    public static MsaClassifierConfig Full(int leads = 1, int classes = 3) => new()
    {
        InputLeads = leads,
        Classes = classes,
        StemChannels = 4,
        ResUBlocks = 1,
        BranchKernels = [3, 5],
        BranchChannels = 2,
        BlockChannels = 4,
        SeReduction = 2,
        Heads = 2,
        LstmHidden = 3,
        LstmLayers = 2,
        HeadHidden = 16,
        MaskKernelHalfWidthMs = 5,
    };
}
