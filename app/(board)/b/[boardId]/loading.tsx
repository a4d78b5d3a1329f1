import { LoadingPage, Skeleton } from '@/components/ui/Skeleton';

export default function Loading() {
  return (
    <LoadingPage label="Loading board">
      <Skeleton className="h-9 w-72 max-w-full" />
      <Skeleton className="h-6 w-48" />
      <Skeleton className="h-9 w-64" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Skeleton className="h-48" />
        <Skeleton className="h-64" />
      </div>
    </LoadingPage>
  );
}
