// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>A project that uses a project its layering rule does not allow, or a project without a rule.</summary>
/// <param name="Project">The offending project.</param>
/// <param name="Message">What is wrong, with an example file and type.</param>
public sealed record RuleViolation(string Project, string Message);
