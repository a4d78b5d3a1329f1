import { LoadingPage, Skeleton } from '@/components/ui/Skeleton';

export default function Loading() {
  return (
    <LoadingPage label="Loading boards">
      <Skeleton className="h-9 w-40" />
      <Skeleton className="h-5 w-96 max-w-full" />
      <div className="grid gap-4 pt-6 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-36" />
        ))}
      </div>
    </LoadingPage>
  );
}
