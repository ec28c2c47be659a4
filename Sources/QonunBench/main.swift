// Placeholder entry point: the benchmark driver is being written (see scripts/bench/).
print("qonun-bench: no benchmark selected")
