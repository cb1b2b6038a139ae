// SPDX-License-Identifier: MIT
using System.Diagnostics.CodeAnalysis;

// STYLE.md rule 3: MedNet.Tensors copies PyTorch's API names exactly (torch.nn.functional.conv1d, state_dict,
// requires_grad, zero_grad) so a reader can hold PyTorch code beside ours; .NET's naming rules do not apply here.
[assembly: SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "PyTorch API names (STYLE.md rule 3).", Scope = "namespaceanddescendants", Target = "~N:MedNet.Tensors")]
[assembly: SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "PyTorch API names (STYLE.md rule 3).", Scope = "namespaceanddescendants", Target = "~N:MedNet.Tensors")]
[assembly: SuppressMessage("Naming", "CA1708:Identifiers should differ by more than case", Justification = "torch.nn.Conv1d (factory) and conv1d (functional) mirror PyTorch (STYLE.md rule 3).", Scope = "namespaceanddescendants", Target = "~N:MedNet.Tensors")]
