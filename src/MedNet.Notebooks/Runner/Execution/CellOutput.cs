// SPDX-License-Identifier: MIT
namespace MedNet.Notebooks.Runner.Execution;

/// <summary>One output of a code cell, in the order the cell produced it; the kinds mirror nbformat 4's output types.</summary>
public abstract record CellOutput;
