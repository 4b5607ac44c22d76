# Brisk: the two commands a newcomer needs.
#   make run   builds Brisk and runs an example program
#   make test  installs what is missing and runs every test
.PHONY: run test build

build:
	cargo build --release -p brisk-native

run: build
	./target/release/brisk run examples/tour.py

test:
	bash scripts/test.sh
