// Tests seed torch's global generator (torch.manual_seed) and rely on the draws that follow; running test
// classes in parallel would interleave draws from that one generator and make results depend on scheduling.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
