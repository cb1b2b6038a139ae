// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>One row of PTB-XL's <c>scp_statements.csv</c>.</summary>
/// <param name="Code">SCP code, e.g. "IMI".</param>
/// <param name="Description">Statement description, e.g. "inferior myocardial infarction".</param>
/// <param name="IsDiagnostic">Whether column <c>diagnostic</c> is 1.</param>
/// <param name="DiagnosticClass">Superclass code (NORM, MI, STTC, CD, HYP), or empty.</param>
/// <param name="DiagnosticSubclass">Subclass code (e.g. AMI, IMI), or empty.</param>
public sealed record ScpStatement(string Code, string Description, bool IsDiagnostic, string DiagnosticClass, string DiagnosticSubclass);
