//! Running a fallible job per item on a few threads.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// `f` of every item, on up to `workers` threads, results in the items' order. The first
/// error stops the workers from taking more items and is returned.
pub fn try_map<T, R, E>(
    items: &[T],
    workers: usize,
    f: impl Fn(&T) -> Result<R, E> + Sync,
) -> Result<Vec<R>, E>
where
    T: Sync,
    R: Send,
    E: Send,
{
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let results: Mutex<Vec<Option<R>>> = Mutex::new(items.iter().map(|_| None).collect());
    let first_error: Mutex<Option<E>> = Mutex::new(None);
    std::thread::scope(|s| {
        for _ in 0..workers.clamp(1, items.len().max(1)) {
            s.spawn(|| {
                while !failed.load(Ordering::Relaxed) {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else {
                        break;
                    };
                    match f(item) {
                        Ok(r) => {
                            results.lock().unwrap_or_else(|p| p.into_inner())[i] = Some(r);
                        }
                        Err(e) => {
                            failed.store(true, Ordering::Relaxed);
                            first_error
                                .lock()
                                .unwrap_or_else(|p| p.into_inner())
                                .get_or_insert(e);
                            break;
                        }
                    }
                }
            });
        }
    });
    if let Some(e) = first_error.into_inner().unwrap_or_else(|p| p.into_inner()) {
        return Err(e);
    }
    Ok(results
        .into_inner()
        .unwrap_or_else(|p| p.into_inner())
        .into_iter()
        .flatten()
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_stops_at_the_first_error() {
        let items: Vec<u32> = (0..50).collect();
        let out: Result<Vec<u32>, String> = try_map(&items, 4, |i| Ok(i * 2));
        assert_eq!(
            out.unwrap(),
            items.iter().map(|i| i * 2).collect::<Vec<_>>()
        );
        let err = try_map(&items, 3, |&i| if i == 7 { Err(i) } else { Ok(i) });
        assert_eq!(err, Err(7));
        let none: Vec<u32> = try_map(&[] as &[u32], 4, |i| Ok::<_, ()>(*i)).unwrap();
        assert!(none.is_empty());
    }
}
