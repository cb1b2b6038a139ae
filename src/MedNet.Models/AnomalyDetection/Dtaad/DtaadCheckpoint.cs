// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;

namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>Loads checkpoints of the DTAAD repository's model into <see cref="DtaadModel"/>.</summary>
/// <remarks>
/// Source names: [DTAAD] <c>src/models.py</c> class <c>DTAAD</c> with <c>src/gltcn.py</c> and <c>src/dlutils.py</c>
/// (Yu-Lingrui/DTAAD). <c>model.load_state_dict(SafeTensors.Load(path), DtaadCheckpoint.RepositoryNames)</c> loads a
/// <c>state_dict()</c> the repository's PyTorch code wrote (as safetensors, float32). The map:
/// <list type="bullet">
/// <item><c>l_tcn.network.i.conv.*</c> and its second path <c>l_tcn.network.i.net.0.*</c> (the same weight-normed conv, listed
/// twice by PyTorch) → <c>l_tcn.level{i}.*</c>; likewise <c>g_tcn</c>;</item>
/// <item><c>transformer_encoderK.layers.0.*</c> (PyTorch's <c>TransformerEncoder</c> wrapper, one layer) → <c>transformer_encoderK.*</c>;</item>
/// <item><c>decoderK.0.*</c> (Linear inside <c>Sequential(Linear, Sigmoid)</c>) → <c>decoderK.*</c>;</item>
/// <item><c>pos_encoder.pe</c> of shape (W, 1, C) → <c>pe</c> (W, C).</item>
/// </list>
/// The repository builds its model for windows of W = 10 (<c>n_window</c>); build the <see cref="DtaadModel"/> with the same
/// channel count and window length. The MED-Net authors' network (EhsaasN/DUAL_TCN_ATTN) is not this architecture (see
/// docs/discrepancies.md), so no map to the kit's MED-Net is offered.
/// </remarks>
public static class DtaadCheckpoint
{
    /// <summary>The DTAAD repository's state_dict names → <see cref="DtaadModel"/>'s.</summary>
    public static StateDictNameMap RepositoryNames => new StateDictNameMap("DTAAD repository (Yu-Lingrui/DTAAD, src/models.py DTAAD)")
        .Rename(@"(l_tcn|g_tcn)\.network\.(\d+)\.(?:conv|net\.0)\.(weight_g|weight_v|bias)", "$1.level$2.$3")
        .Rename(@"(transformer_encoder[12])\.layers\.0\.(.+)", "$1.$2")
        .Rename(@"(decoder[12])\.0\.(weight|bias)", "$1.$2")
        .Rename(@"pos_encoder\.pe", "pe", reshape: true);
}
