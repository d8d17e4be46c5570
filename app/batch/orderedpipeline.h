// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace galley {

/// Runs tasks on worker threads and hands over their results in the order the tasks were submitted, so
/// a batch command prints the same bytes whatever the number of threads.
///
/// A task is two steps: `work` runs on any worker, concurrently with other tasks' work; `deliver` runs
/// after the work of every earlier task has been delivered, one delivery at a time (it may write to
/// stdout without a lock). submit() blocks while `jobs` × 4 tasks are pending, which bounds the memory a
/// fast reader can pile up in front of slow workers. With one job there are no threads: submit() runs
/// both steps before returning.
class OrderedPipeline
{
public:
    explicit OrderedPipeline(int jobs);
    ~OrderedPipeline(); ///< finish()es

    OrderedPipeline(const OrderedPipeline &) = delete;
    OrderedPipeline &operator=(const OrderedPipeline &) = delete;

    void submit(std::function<void()> work, std::function<void()> deliver);

    /// Waits until every submitted task has been delivered, then stops the workers.
    void finish();

private:
    struct Task
    {
        std::function<void()> work;
        std::function<void()> deliver;
        bool done = false;
    };

    void runWorker();
    void deliverReady(std::unique_lock<std::mutex> &lock);

    std::mutex m_mutex;
    std::condition_variable m_workAvailable;
    std::condition_variable m_spaceAvailable;
    std::deque<Task> m_tasks;    // pending, in submission order: delivered ones are popped from the front
    std::size_t m_nextToRun = 0; // index into m_tasks of the first task no worker has taken
    std::size_t m_maxPending;
    bool m_delivering = false;
    bool m_stopping = false;
    std::vector<std::thread> m_workers;
};

} // namespace galley
