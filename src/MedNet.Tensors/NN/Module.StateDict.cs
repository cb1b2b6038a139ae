// SPDX-License-Identifier: MIT
using MedNet.Tensors.IO;

namespace MedNet.Tensors.NN;

/// <summary>state_dict, load_state_dict and safetensors save/load.</summary>
public abstract partial class Module
{
    /// <summary>Parameters and buffers by dotted name, sharing storage with the module (detached).</summary>
    /// <returns>An insertion-ordered dictionary.</returns>
    public Dictionary<string, Tensor> state_dict()
    {
        var d = new Dictionary<string, Tensor>();
        foreach (var (n, p) in named_parameters())
        {
            d[n] = p.detach();
        }

        foreach (var (n, b) in named_buffers())
        {
            d[n] = b.detach();
        }

        return d;
    }

    /// <summary>Copies tensors into the module's parameters and buffers by name.</summary>
    /// <param name="state_dict">Tensors by dotted name.</param>
    /// <param name="strict">Throw when keys are missing or unexpected. Default: true. Shape mismatches always throw.</param>
    /// <returns>The missing and unexpected keys (empty when strict succeeded).</returns>
    /// <exception cref="StateDictException">Names every missing, unexpected or mis-shaped tensor.</exception>
    public (IReadOnlyList<string> missing_keys, IReadOnlyList<string> unexpected_keys) load_state_dict(IReadOnlyDictionary<string, Tensor> state_dict, bool strict = true)
    {
        var own = this.state_dict();
        var missing = new List<string>();
        var mismatched = new List<string>();
        foreach (var (name, target) in own)
        {
            if (!state_dict.TryGetValue(name, out var src))
            {
                missing.Add(name);
            }
            else if (!Shape.SameAs(src.Dims, target.Dims))
            {
                mismatched.Add($"{name}: expected {Shape.Format(target.Dims)} but got {Shape.Format(src.Dims)}");
            }
        }

        var unexpected = new List<string>();
        foreach (var name in state_dict.Keys)
        {
            if (!own.ContainsKey(name))
            {
                unexpected.Add(name);
            }
        }

        if (mismatched.Count > 0 || (strict && (missing.Count > 0 || unexpected.Count > 0)))
        {
            throw new StateDictException(missing, unexpected, mismatched);
        }

        using var noGrad = torch.no_grad();
        foreach (var (name, target) in own)
        {
            if (state_dict.TryGetValue(name, out var src))
            {
                target.copy_(src);
            }
        }

        return (missing, unexpected);
    }

    /// <summary>Loads a state dict written by another implementation of the model, translating its names (and declared shapes) with <paramref name="names"/>.</summary>
    /// <param name="state_dict">Tensors under the other implementation's names, e.g. from <see cref="SafeTensors.Load(string)"/> of a PyTorch checkpoint.</param>
    /// <param name="names">The name map, e.g. <c>DtaadCheckpoint.RepositoryNames</c> in MedNet.Models.</param>
    /// <param name="strict">Throw when keys are missing or unexpected after translation. Default: true.</param>
    /// <returns>The missing and unexpected keys, under the kit's names (empty when strict succeeded).</returns>
    /// <exception cref="StateDictException">Names every missing, unexpected or mis-shaped tensor.</exception>
    public (IReadOnlyList<string> missing_keys, IReadOnlyList<string> unexpected_keys) load_state_dict(IReadOnlyDictionary<string, Tensor> state_dict, StateDictNameMap names, bool strict = true)
    {
        ArgumentNullException.ThrowIfNull(names);
        return load_state_dict(names.Apply(state_dict, this.state_dict()), strict);
    }

    /// <summary>Writes <see cref="state_dict"/> to a safetensors file readable by PyTorch's <c>safetensors.torch.load_file</c>.</summary>
    /// <param name="path">Destination file.</param>
    public void save(string path) => SafeTensors.Save(state_dict(), path);

    /// <summary>Loads a safetensors file into this module (strict).</summary>
    /// <param name="path">Source file.</param>
    /// <returns>This module.</returns>
    public Module load(string path)
    {
        load_state_dict(SafeTensors.Load(path));
        return this;
    }
}
