// SPDX-License-Identifier: MIT
// notebooks/setup.csx: loads the MedNet.Notebooks library into a notebook. Every notebook's first code cell is
//     #load "setup.csx"          (from a sub-folder: #load "../setup.csx")
//
// Build once, from the repository root, before opening a notebook:
//     dotnet build MedNet.Notebooks.sln -c Release
// If a line below fails with CS0006 "Metadata file '…/bin/Release/net10.0/….dll' could not be found", the library is not
// built yet: run that command, then restart the kernel. After changing src/, rebuild and restart the kernel.
//
// The paths are relative to this file and name the Release build. MedNet.Experiments and MedNet.Viz are built with
// CopyLocalLockFileAssemblies, so MedNet.Models, MedNet.Tensors, MedNet.Signals, Plotly.NET and their packages sit beside them;
// Plotly.NET.Interactive (the kernel side) sits beside the mednet command (src/MedNet.Notebooks). The headless runner
// (mednet notebooks run) hosts the same .NET Interactive kernel and loads exactly these files (notebooks/README.md).
#r "../src/MedNet.Experiments/bin/Release/net10.0/MedNet.Tensors.dll"
#r "../src/MedNet.Experiments/bin/Release/net10.0/MedNet.Signals.dll"
#r "../src/MedNet.Experiments/bin/Release/net10.0/MedNet.Models.dll"
#r "../src/MedNet.Experiments/bin/Release/net10.0/MedNet.Experiments.dll"
#r "../src/MedNet.Viz/bin/Release/net10.0/MedNet.Viz.dll"
#r "../src/MedNet.Experiments/bin/Release/net10.0/Microsoft.ML.DataView.dll"
#r "../src/MedNet.Experiments/bin/Release/net10.0/Apache.Arrow.dll"
#r "../src/MedNet.Experiments/bin/Release/net10.0/Microsoft.Data.Analysis.dll"
#r "../src/MedNet.Viz/bin/Release/net10.0/FSharp.Core.dll"
#r "../src/MedNet.Viz/bin/Release/net10.0/Fable.Core.dll"
#r "../src/MedNet.Viz/bin/Release/net10.0/DynamicObj.dll"
#r "../src/MedNet.Viz/bin/Release/net10.0/Newtonsoft.Json.dll"
#r "../src/MedNet.Viz/bin/Release/net10.0/Giraffe.ViewEngine.dll"
#r "../src/MedNet.Viz/bin/Release/net10.0/Plotly.NET.dll"
#r "../src/MedNet.Viz/bin/Release/net10.0/Plotly.NET.CSharp.dll"
#r "../src/MedNet.Notebooks/bin/Release/net10.0/Plotly.NET.Interactive.dll"

// DataFrames (run records, epoch logs, summaries: MedNet.Experiments.Frames.RunFrames) display as HTML tables; the kernel's
// default for a DataFrame is a tree view.
Microsoft.DotNet.Interactive.Formatting.Formatter.Register<Microsoft.Data.Analysis.DataFrame>(
    (frame, writer) => writer.Write(MedNet.Experiments.Frames.DataFrameHtml.Render(frame)), "text/html");

// Figures (MedNet.Viz.Plots.Figures) are Plotly.NET charts. Plotly.NET.Interactive's formatter shows them; the kernel loads it by
// itself only for `#r "nuget:Plotly.NET.Interactive"`, so a library loaded from a DLL path loads it here, the same in VS Code,
// Jupyter and the headless runner.
((Microsoft.DotNet.Interactive.IKernelExtension)new Plotly.NET.Interactive.FormatterKernelExtension())
    .OnLoadAsync(Microsoft.DotNet.Interactive.Kernel.Root).GetAwaiter().GetResult();
