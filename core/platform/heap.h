// How the C library's heap is tuned for loading a large register: a call that
// exists with glibc on Linux only, so it lives with the other platform code.
#pragma once

#include <cstddef>

namespace reviewdesk::platform {

// Called once before a file is opened; later calls do nothing. On glibc:
//
// - Freed memory up to the heap's reserve is kept for reuse. SQLite gives every
//   insert inside a transaction a 64 KiB statement journal and frees it when
//   the statement ends; returning that to the kernel each time made the demo
//   generator spend five times its user time in brk and page faults.
//
// - The heap is extended by `reserveBytes` of address space up front and that
//   range is marked for transparent huge pages. Loading 50,000 cases fills
//   about 100 MiB of new heap, and profiles showed a quarter of the load spent
//   faulting it in 4 KiB at a time; 2 MiB pages take one fault each. The range
//   is only address space until it is used: resident memory does not grow.
//
// Elsewhere (and under AddressSanitizer, which has its own allocator) nothing
// is changed. Returns whether the heap is tuned (by this call or an earlier one).
bool tuneHeapForLargeLoads(std::size_t reserveBytes);

} // namespace reviewdesk::platform
