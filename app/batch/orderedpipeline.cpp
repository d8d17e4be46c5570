// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/orderedpipeline.h"

namespace galley {

OrderedPipeline::OrderedPipeline(int jobs) : m_maxPending(std::size_t(std::max(jobs, 1)) * 4)
{
    if (jobs <= 1)
        return;
    m_workers.reserve(std::size_t(jobs));
    for (int i = 0; i < jobs; ++i)
        m_workers.emplace_back([this] { runWorker(); });
}

OrderedPipeline::~OrderedPipeline()
{
    finish();
}

void OrderedPipeline::submit(std::function<void()> work, std::function<void()> deliver)
{
    if (m_workers.empty()) {
        if (work)
            work();
        deliver();
        return;
    }
    std::unique_lock lock(m_mutex);
    m_spaceAvailable.wait(lock, [this] { return m_tasks.size() < m_maxPending; });
    m_tasks.push_back({std::move(work), std::move(deliver)});
    m_workAvailable.notify_one();
}

void OrderedPipeline::runWorker()
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_workAvailable.wait(lock, [this] { return m_stopping || m_nextToRun < m_tasks.size(); });
        if (m_nextToRun >= m_tasks.size())
            return; // stopping, nothing left to take
        // Deque elements keep their address while others are pushed at the back; this one cannot be
        // popped before it is done.
        Task &task = m_tasks[m_nextToRun++];
        lock.unlock();
        if (task.work)
            task.work();
        lock.lock();
        task.done = true;
        deliverReady(lock);
    }
}

void OrderedPipeline::deliverReady(std::unique_lock<std::mutex> &lock)
{
    // One thread delivers at a time; the others leave their finished tasks for it to pick up.
    if (m_delivering)
        return;
    m_delivering = true;
    while (!m_tasks.empty() && m_tasks.front().done) {
        // Delivered in place and popped after, so a task counts as pending until its delivery ends.
        Task &task = m_tasks.front();
        lock.unlock();
        task.deliver();
        lock.lock();
        m_tasks.pop_front();
        --m_nextToRun;
        m_spaceAvailable.notify_all();
    }
    m_delivering = false;
}

void OrderedPipeline::finish()
{
    if (m_workers.empty())
        return;
    {
        std::unique_lock lock(m_mutex);
        m_stopping = true;
    }
    m_workAvailable.notify_all();
    for (std::thread &worker : m_workers)
        worker.join();
    m_workers.clear();
}

} // namespace galley
