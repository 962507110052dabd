#include "platform/heap.h"

#include <algorithm>

#if defined(__SANITIZE_ADDRESS__)
#define REVIEWDESK_OWN_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define REVIEWDESK_OWN_ALLOCATOR 1
#endif
#endif

#if defined(__GLIBC__) && defined(__linux__) && !defined(REVIEWDESK_OWN_ALLOCATOR)
#define REVIEWDESK_TUNE_GLIBC_HEAP 1
#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <mutex>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>
#endif

namespace reviewdesk::platform {
namespace {

#ifdef REVIEWDESK_TUNE_GLIBC_HEAP
constexpr std::size_t kBlock = std::size_t(16) << 20;
constexpr std::size_t kPageSize = 4096;

void tune(std::size_t reserveBytes)
{
    // Blocks below the mmap threshold come from the heap proper, so
    // allocating and freeing them moves the heap's end by their total.
    mallopt(M_MMAP_THRESHOLD, int(2 * kBlock));
    // Keep at least the reserve when memory is freed (and never less than
    // the 32 MiB the statement journals need).
    mallopt(M_TRIM_THRESHOLD, int(std::max(reserveBytes, std::size_t(32) << 20)) + int(kBlock));
    auto* start = static_cast<char*>(sbrk(0));
    std::vector<void*> blocks;
    for (std::size_t reserved = 0; reserved < reserveBytes; reserved += kBlock)
        blocks.push_back(std::malloc(kBlock));
    for (void* block : blocks)
        std::free(block);
    auto* end = static_cast<char*>(sbrk(0));
    const auto first = (reinterpret_cast<std::uintptr_t>(start) + kPageSize - 1) & ~(kPageSize - 1);
    if (reinterpret_cast<std::uintptr_t>(end) > first)
        madvise(reinterpret_cast<void*>(first),
                std::size_t(reinterpret_cast<std::uintptr_t>(end) - first), MADV_HUGEPAGE);
}
#endif

} // namespace

bool tuneHeapForLargeLoads(std::size_t reserveBytes)
{
#ifdef REVIEWDESK_TUNE_GLIBC_HEAP
    static std::once_flag once;
    std::call_once(once, [reserveBytes] { tune(reserveBytes); });
    return true;
#else
    (void)reserveBytes;
    return false;
#endif
}

} // namespace reviewdesk::platform
